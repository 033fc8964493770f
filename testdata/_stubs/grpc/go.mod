// A stand-in for google.golang.org/grpc (see ../README.md).
module google.golang.org/grpc

go 1.19

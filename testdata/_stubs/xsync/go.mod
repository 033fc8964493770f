// A stand-in for golang.org/x/sync (see ../README.md).
module golang.org/x/sync

go 1.19

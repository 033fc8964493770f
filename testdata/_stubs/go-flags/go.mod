// A stand-in for github.com/jessevdk/go-flags (see ../README.md).
module github.com/jessevdk/go-flags

go 1.19

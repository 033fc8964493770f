// A stand-in for github.com/google/subcommands (see ../README.md).
module github.com/google/subcommands

go 1.19

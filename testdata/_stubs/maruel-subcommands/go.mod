// A stand-in for github.com/maruel/subcommands (see ../README.md).
module github.com/maruel/subcommands

go 1.19

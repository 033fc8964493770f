// A stand-in for github.com/urfave/cli/v2 (see ../README.md).
module github.com/urfave/cli/v2

go 1.19

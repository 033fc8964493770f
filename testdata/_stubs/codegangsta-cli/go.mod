// A stand-in for github.com/codegangsta/cli, the name urfave/cli had before v2 (see ../README.md).
module github.com/codegangsta/cli

go 1.19

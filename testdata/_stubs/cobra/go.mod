// A stand-in for github.com/spf13/cobra (see ../README.md).
module github.com/spf13/cobra

go 1.19

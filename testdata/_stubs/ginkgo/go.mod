// A stand-in for github.com/onsi/ginkgo/v2 (see ../README.md).
module github.com/onsi/ginkgo/v2

go 1.19

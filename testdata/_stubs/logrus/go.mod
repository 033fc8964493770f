// A stand-in for github.com/sirupsen/logrus (see ../README.md).
module github.com/sirupsen/logrus

go 1.19

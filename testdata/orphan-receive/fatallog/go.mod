// A module of its own: it imports loggers by their real paths, which point at the stand-ins in testdata/_stubs.
// `go test ./...` in testdata/ skips nested modules: test it from this directory.
module golintchan.example/testdata/orphan-receive/fatallog

go 1.19

require (
	github.com/sirupsen/logrus v1.9.3
	golintchan.example/testdata v0.0.0
	k8s.io/klog/v2 v2.80.1
)

replace (
	github.com/sirupsen/logrus => ../../_stubs/logrus
	golintchan.example/testdata => ../..
	k8s.io/klog/v2 => ../../_stubs/klog
)

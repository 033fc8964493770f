// A stand-in for k8s.io/klog/v2 (see ../README.md).
module k8s.io/klog/v2

go 1.19

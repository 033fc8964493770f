package leakcheck

import (
	"runtime"
	"strconv"
	"strings"
)

// MutexWait is the wait state runtime.Stack gives a goroutine blocked in sync.Mutex.Lock: "semacquire" before Go
// 1.20, "sync.Mutex.Lock" since.
func MutexWait() string {
	v := strings.TrimPrefix(runtime.Version(), "go1.")
	if minor, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0]); err == nil && minor < 20 {
		return "semacquire"
	}
	return "sync.Mutex.Lock"
}

// WaitGroupWait is the wait state runtime.Stack gives a goroutine blocked in sync.WaitGroup.Wait: "semacquire"
// before Go 1.20, "sync.WaitGroup.Wait" since.
func WaitGroupWait() string {
	if MutexWait() == "semacquire" {
		return "semacquire"
	}
	return "sync.WaitGroup.Wait"
}

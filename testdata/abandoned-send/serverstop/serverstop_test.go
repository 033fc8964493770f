package serverstop

import (
	"net"
	"net/http"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
	"google.golang.org/grpc"
)

func listen(t *testing.T) net.Listener {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return lis
}

// runStopped runs run in a goroutine of its own, stops it once it serves, and waits for it to return.
func runStopped(run func(stop chan struct{}) error) {
	stop := make(chan struct{})
	done := make(chan error)
	go func() { done <- run(stop) }()
	time.Sleep(10 * time.Millisecond)
	close(stop)
	<-done
}

func TestRunStopsCleanly(t *testing.T) {
	leakcheck.Clean(t, func() {
		lis := listen(t)
		a := &API{server: grpc.NewServer()}
		runStopped(func(stop chan struct{}) error { return a.Run(stop, lis) })
	})
}

func TestRunAnyStrandsTheNil(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		lis := listen(t)
		runStopped(func(stop chan struct{}) error { return RunAny(stop, lis) })
	})
}

func TestServeHTTPStopsCleanly(t *testing.T) {
	leakcheck.Clean(t, func() {
		lis := listen(t)
		runStopped(func(stop chan struct{}) error { return ServeHTTP(stop, &http.Server{}, lis) })
	})
}

func TestServeHTTPAllStrandsServerClosed(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		lis := listen(t)
		runStopped(func(stop chan struct{}) error { return ServeHTTPAll(stop, &http.Server{}, lis) })
	})
}

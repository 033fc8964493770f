package pairedpeer

import (
	"errors"
	"net"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func greet(c net.Conn) error {
	if _, err := c.Write([]byte("hello")); err != nil {
		return err
	}
	buf := make([]byte, 2)
	_, err := c.Read(buf)
	return err
}

func refuse(net.Conn) error { return errors.New("refused") }

func ok() error   { return nil }
func fail() error { return errors.New("bad setting") }

func TestHelloIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Hello(leakcheck.StopT{}, greet) }) })
}

func TestHelloFailingGreetEndsTheServerBeforeItsReport(t *testing.T) {
	// The client's end is closed when Hello gives up: the server's expect fails and ends its goroutine.
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Hello(leakcheck.StopT{}, refuse) }) })
}

func TestHelloCheckedStrandsTheReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { HelloChecked(leakcheck.StopT{}, greet, fail) }) })
}

func TestHelloCheckedIsCleanWhenTheSettingIsGood(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { HelloChecked(leakcheck.StopT{}, greet, ok) }) })
}

func TestHelloRawStrandsTheReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { HelloRaw(leakcheck.StopT{}, refuse) }) })
}

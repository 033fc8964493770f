// Package pairedpeer: a test runs a mock server on one end of a pipe and the client's call on the other. The
// server's own helpers fail the test on a broken exchange (ending the server's goroutine), so it reaches its
// report only after the exchange the call drives: when the call fails, the server never gets to the report, and
// that failing check strands no send (quiet). A failing check on something else, after the exchange, strands the
// report; so does a failing call when the server drops its errors and goes on (both reported).
package pairedpeer

import (
	"io"
	"net"
	"testing"
)

type server struct {
	t    testing.TB
	conn net.Conn
}

// expect reads want from the client; a broken exchange fails the test from the server's goroutine.
func (s *server) expect(want string) {
	buf := make([]byte, len(want))
	if _, err := io.ReadFull(s.conn, buf); err != nil || string(buf) != want {
		s.t.Fatalf("server: got %q (%v)", buf, err)
	}
}

// reply writes msg to the client, failing the test if it cannot.
func (s *server) reply(msg string) {
	if _, err := s.conn.Write([]byte(msg)); err != nil {
		s.t.Fatalf("server: %v", err)
	}
}

func newPair(t testing.TB) (net.Conn, *server) {
	c, s := net.Pipe()
	return c, &server{t, s}
}

// Hello checks that the server saw the client's greeting.
func Hello(t testing.TB, greet func(net.Conn) error) string {
	client, srv := newPair(t)
	defer client.Close()
	got := make(chan string)
	go func() {
		srv.expect("hello")
		srv.reply("ok")
		got <- "hello"
	}()
	if err := greet(client); err != nil {
		t.Fatalf("greet: %v", err)
	}
	return <-got
}

// HelloChecked also checks a setting after the exchange: when that fails, the server has its report ready.
func HelloChecked(t testing.TB, greet func(net.Conn) error, check func() error) string {
	client, srv := newPair(t)
	defer client.Close()
	got := make(chan string)
	go func() {
		srv.expect("hello")
		srv.reply("ok")
		got <- "hello" // want "^goroutine may block forever sending on unbuffered channel got: HelloChecked can return before receiving from it$"
	}()
	if err := greet(client); err != nil {
		t.Fatalf("greet: %v", err)
	}
	if err := check(); err != nil {
		t.Fatalf("check: %v", err) // related `HelloChecked stops receiving from got here`
	}
	return <-got
}

// HelloRaw talks to the pipe's other end directly and drops its errors: when the greeting fails, the deferred
// Close lets the server's Read return, and it goes on to its report.
func HelloRaw(t testing.TB, greet func(net.Conn) error) string {
	client, server := net.Pipe()
	defer client.Close()
	got := make(chan string)
	go func() {
		buf := make([]byte, 5)
		n, _ := server.Read(buf)
		server.Write([]byte("ok"))
		got <- string(buf[:n]) // want "^goroutine may block forever sending on unbuffered channel got: HelloRaw can return before receiving from it$"
	}()
	if err := greet(client); err != nil {
		t.Fatalf("greet: %v", err) // related `HelloRaw stops receiving from got here`
	}
	return <-got
}

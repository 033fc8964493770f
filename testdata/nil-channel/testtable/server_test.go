package testtable

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// serveCases is a table whose one case serves without failing: it leaves errs unset.
func serveCases(t testing.TB) {
	type args struct {
		errs chan error
	}
	tests := []struct {
		name string
		fail error
		args args
	}{
		{name: "serves"},
	}
	for _, tt := range tests {
		s := &Server{fail: tt.fail}
		s.Serve(tt.args.errs)
	}
}

// announceCases is a table whose one case announces: it leaves ready unset.
func announceCases(t testing.TB) {
	type args struct {
		ready chan struct{} // related `args.ready is declared here; nothing makes it, assigns it or sets it in any args literal`
	}
	tests := []struct {
		name string
		args args
	}{
		{name: "announces"},
	}
	for _, tt := range tests {
		(&Server{}).Announce(tt.args.ready)
	}
}

// serveNil passes a nil channel of its own to Serve, for a server that does not fail.
func serveNil() {
	var errs chan error
	s := &Server{}
	s.Serve(errs)
}

// greetNil passes a nil channel of its own to Greet, which always sends.
func greetNil() {
	var hello chan string // related `hello is declared here and stays nil`
	s := &Server{}
	s.Greet(hello) // related `hello is passed here while still nil`
}

func TestServeCasesReturn(t *testing.T) {
	leakcheck.Clean(t, func() { serveCases(t) })
	leakcheck.Clean(t, serveNil)
}

func TestGreetNilBlocks(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send (nil chan)": 1}, func() { go greetNil() })
}

func TestAnnounceCasesBlockOnTheNilField(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send (nil chan)": 1}, func() { go announceCases(t) })
}

func TestRunGivesItsOwnChannels(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Run(&Server{fail: errors.New("down")}); err == nil {
			t.Fatal("want the failure")
		}
	})
}

// Package ifacegetter: values handed out through a getter that returns a struct's channel field. Feed's getter is a
// method of the source interface, and Drain receives through it from whatever source it is given (a Feed, or a
// Static): Push is received (quiet). Orphan has a getter too, but no interface lists it and every call of its
// name is on a Static: nothing ever receives what Push sends (reported).
package ifacegetter

type source interface {
	next() <-chan int
}

// Feed hands out the values pushed to it.
type Feed struct{ feed chan int }

// NewFeed makes a Feed.
func NewFeed() *Feed { return &Feed{feed: make(chan int)} }

func (f *Feed) next() <-chan int { return f.feed }

// Push hands v to whoever drains the feed.
func (f *Feed) Push(v int) { f.feed <- v }

// Pump pushes vs to f in a goroutine of its own.
func Pump(f *Feed, vs []int) {
	go func() {
		for _, v := range vs {
			f.Push(v)
		}
	}()
}

// Static hands out a fixed list.
type Static struct{ vals chan int }

// NewStatic makes a Static that yields vs.
func NewStatic(vs ...int) *Static {
	s := &Static{vals: make(chan int, len(vs))}
	for _, v := range vs {
		s.vals <- v
	}
	return s
}

func (s *Static) next() <-chan int { return s.vals }

func (s *Static) values() <-chan int { return s.vals }

// Drain takes n values from src.
func Drain(src source, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, <-src.next())
	}
	return out
}

// First takes one value from a Static.
func First(s *Static) int { return <-s.values() }

// Orphan is a Feed whose getter no interface lists: every call of its name is on a Static.
type Orphan struct{ out chan int }

// NewOrphan makes an Orphan.
func NewOrphan() *Orphan { return &Orphan{out: make(chan int)} }

func (o *Orphan) values() <-chan int { return o.out }

// Push hands v to nobody.
func (o *Orphan) Push(v int) {
	o.out <- v // want `^goroutine blocks forever sending on unbuffered channel Orphan.out: nothing receives from it$`
}

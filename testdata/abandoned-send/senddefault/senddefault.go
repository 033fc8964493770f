// Package senddefault: progress updates are dropped when nobody is listening.
package senddefault

// Copy copies src to dst in the background, offering progress without ever waiting for a reader.
// It returns the first progress report that was taken, or -1.
func Copy(dst, src []byte, taken func(<-chan int) int) int {
	progress := make(chan int)
	go func() {
		for i := range src {
			dst[i] = src[i]
			select {
			case progress <- i:
			default:
			}
		}
	}()
	return taken(progress)
}

// FirstOrNone takes a progress report if one is ready right now.
func FirstOrNone(progress <-chan int) int {
	select {
	case p := <-progress:
		return p
	default:
		return -1
	}
}

// Package retryloop: a retry loop starts one attempt per iteration and takes its single value before it starts
// the next, so at most one attempt is outstanding and a buffer of one covers it, whatever the loop's header. An
// iteration that starts several attempts at once strands the ones that neither the receiver nor the buffer takes.
package retryloop

import "context"

// Retry: one attempt per iteration, under `for i := 1; ; i++`: quiet.
func Retry(ctx context.Context, call func() (int, error), retry func(int, error) bool) (int, error) {
	res, errs := make(chan int, 1), make(chan error, 1)
	for i := 1; ; i++ {
		go func() {
			v, err := call()
			if err != nil {
				errs <- err
				return
			}
			res <- v
		}()
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case v := <-res:
			return v, nil
		case err := <-errs:
			if !retry(i, err) {
				return 0, err
			}
		}
	}
}

// Hedge: three attempts per iteration; the first value wins, the second fills the buffer and the third is stranded.
func Hedge(ctx context.Context, call func() (int, error), retry func(int, error) bool) (int, error) {
	res, errs := make(chan int, 1), make(chan error, 1)
	for i := 1; ; i++ {
		for j := 0; j < 3; j++ {
			go func() {
				v, err := call()
				if err != nil {
					errs <- err // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): 3 of them send but Hedge receives none when `case <-ctx.Done\\(\\)` wins$"
					return
				}
				res <- v // want "^goroutines may block forever sending on channel res \\(capacity 1\\): 3 of them send but Hedge receives none when `case <-ctx.Done\\(\\)` wins$"
			}()
		}
		select {
		case <-ctx.Done(): // related `Hedge stops receiving from errs here` `Hedge stops receiving from res here`
			return 0, ctx.Err()
		case v := <-res:
			return v, nil
		case err := <-errs:
			if !retry(i, err) {
				return 0, err
			}
		}
	}
}

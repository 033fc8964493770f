// Package allreported: one goroutine per address reports one result, an error or the address. The receiver returns
// on the first address, or once it has counted as many errors as there are goroutines: then every goroutine has sent
// its error and none is left to send an address, so that way out strands nothing. The first-address return is the
// one that strands the later ones (the buffer takes one): that is the case named, for the addresses and for the
// errors still to come.
package allreported

import "errors"

// FirstReachable returns the first address dial accepts.
func FirstReachable(addrs []string, dial func(string) error) (string, error) {
	errCh := make(chan error)
	okCh := make(chan string, 1)
	for _, a := range addrs {
		go func(a string) {
			if err := dial(a); err != nil {
				errCh <- err // want "^goroutines may block forever sending on unbuffered channel errCh: any number of them send but FirstReachable receives only until `case a := <-okCh` wins$"
				return
			}
			okCh <- a // want "^goroutines may block forever sending on channel okCh \\(capacity 1\\): any number of them send but FirstReachable receives at most once$"
		}(a)
	}
	failed := 0
	for {
		select {
		case a := <-okCh: // related `FirstReachable stops receiving from errCh here`
			return a, nil // related `FirstReachable stops receiving from okCh here`
		case <-errCh:
			failed++
			if failed == len(addrs) {
				return "", errors.New("none reachable")
			}
		}
	}
}

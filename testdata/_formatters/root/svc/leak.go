package svc

import "time"

func Get(d time.Duration) string {
	ch := make(chan string)
	go func() { s := "héllo 😀"; ch <- s }()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		return ""
	}
}

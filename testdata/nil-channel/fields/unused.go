package fields

// idler's wake field is never made. notifyOld, the handler it registered before, is called from nowhere (the
// call was taken out; a comment still names it, `// go i.notifyOld()`), so its send never runs: quiet. notify,
// which Start registers, runs and blocks.
type idler struct {
	wake     chan bool
	handlers []func(int)
}

func (i *idler) notifyOld() {
	i.handlers = append(i.handlers, func(v int) {
		if v > 0 {
			i.wake <- true
		}
	})
}

func (i *idler) notify() {
	i.handlers = append(i.handlers, func(v int) {
		if v > 0 {
			i.wake <- true // want "^send on i.wake blocks forever: field idler.wake is never given a channel anywhere in the package, so it is nil$"
		}
	})
}

// Start registers the handler and delivers v to it.
func (i *idler) Start(v int) {
	// go i.notifyOld()
	i.notify()
	for _, h := range i.handlers {
		h(v)
	}
}

// Package sameguard: a goroutine closes its channel only under a condition, and the caller waits only under the
// same condition over a variable nothing changes after the goroutine starts: it never waits in vain.
package sameguard

// Commit waits for a synchronous commit; an asynchronous one is not waited for. The mode is settled before the
// goroutine starts: quiet.
func Commit(async bool, settled func() bool, commit func()) {
	async = async || settled()
	var done chan struct{}
	if !async {
		done = make(chan struct{})
	}
	go func() {
		commit()
		if !async {
			close(done)
		}
	}()
	if !async {
		<-done
	}
}

// CommitFast skips the close when fast, but waits whenever it is synchronous.
func CommitFast(async, fast bool, commit func()) {
	var done chan struct{}
	if !async {
		done = make(chan struct{})
	}
	go func() {
		commit()
		if !fast {
			close(done)
		}
	}()
	if !async {
		<-done // want "^CommitFast may block forever receiving from unbuffered channel done: the goroutine in CommitFast can finish without sending on or closing it$"
	}
}

// Lookup: the worker waits for allow only when early, and the caller closes allow under that same condition, which
// nothing changes after the worker starts: quiet.
func Lookup(early bool, lookup func()) {
	allow := make(chan struct{})
	go func() {
		if early {
			<-allow
		}
		lookup()
	}()
	if early {
		close(allow)
	}
}

// LookupLate closes allow only when late, not whenever the worker waits for it.
func LookupLate(early, late bool, lookup func()) {
	allow := make(chan struct{})
	go func() {
		if early {
			<-allow // want "^the goroutine in LookupLate may block forever receiving from unbuffered channel allow: LookupLate can finish without sending on or closing it$"
		}
		lookup()
	}()
	if late { // related "LookupLate can finish here without sending on allow"
		close(allow)
	}
}

// Answer: the goroutine closes answered only in "random" mode, and the caller waits only in that mode, a comparison
// of a variable nothing changes with the same constant: quiet.
func Answer(mode string, reply func()) {
	answered := make(chan struct{})
	go func() {
		reply()
		if mode == "random" {
			close(answered)
		}
	}()
	if mode == "random" {
		<-answered
	}
}

// AnswerOther waits in "fixed" mode, where the goroutine does not close.
func AnswerOther(mode string, reply func()) {
	answered := make(chan struct{})
	go func() {
		reply()
		if mode == "random" {
			close(answered)
		}
	}()
	if mode != "random" {
		<-answered // want "^AnswerOther may block forever receiving from unbuffered channel answered: the goroutine in AnswerOther can finish without sending on or closing it$"
	}
}

// Random is the mode in which AnswerConst's goroutine closes.
const Random = "random"

// AnswerConst is Answer with the mode compared with a package constant: the same condition on both sides, quiet.
func AnswerConst(mode string, reply func()) {
	answered := make(chan struct{})
	go func() {
		reply()
		if mode == Random {
			close(answered)
		}
	}()
	if mode == Random {
		<-answered
	}
}

// AnswerConstOther waits in every mode but Random, where the goroutine does not close.
func AnswerConstOther(mode string, reply func()) {
	answered := make(chan struct{})
	go func() {
		reply()
		if mode == Random {
			close(answered)
		}
	}()
	if mode != Random {
		<-answered // want "^AnswerConstOther may block forever receiving from unbuffered channel answered: the goroutine in AnswerConstOther can finish without sending on or closing it$"
	}
}

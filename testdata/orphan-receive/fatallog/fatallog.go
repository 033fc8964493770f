// Package fatallog: a plugin's goroutine signals that it started, unless starting fails, and then it logs with a
// logger whose Fatal ends the process (klog.Fatalf, logrus.Fatal, as log.Fatalf does): the caller waiting for the
// signal goes with the process, nothing is left blocked. The same code logging with Errorf and returning strands the
// caller.
package fatallog

import (
	"errors"

	"github.com/sirupsen/logrus"
	"k8s.io/klog/v2"
)

var start = func() error { return errors.New("no adapter") }

type plugin struct{}

// Run signals on ok once the plugin started; a failed start ends the process.
func (p *plugin) Run(ok chan<- bool) {
	if err := start(); err != nil {
		klog.Fatalf("run failed: %v", err)
		return
	}
	ok <- true
}

// RunQuietly is Run with logrus.
func (p *plugin) RunQuietly(ok chan<- bool) {
	if err := start(); err != nil {
		logrus.Fatal("run failed: ", err)
	}
	ok <- true
}

// RunLogged logs a failed start and returns without a signal.
func (p *plugin) RunLogged(ok chan<- bool) {
	if err := start(); err != nil {
		klog.Errorf("run failed: %v", err)
		return // related "the goroutine running plugin.RunLogged can finish here without sending on ok"
	}
	ok <- true
}

// Serve waits for the plugin to start.
func Serve() {
	ok := make(chan bool)
	go (&plugin{}).Run(ok)
	<-ok
}

// ServeQuietly waits for the logrus plugin to start.
func ServeQuietly() {
	ok := make(chan bool)
	go (&plugin{}).RunQuietly(ok)
	<-ok
}

// ServeLogged waits for a signal that a failed start never gives.
func ServeLogged() {
	ok := make(chan bool)
	go (&plugin{}).RunLogged(ok)
	<-ok // want "^ServeLogged may block forever receiving from unbuffered channel ok: the goroutine running plugin.RunLogged can finish without sending on or closing it$"
}

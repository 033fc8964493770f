// Package consumer: a library's manager parks on a channel in one of its fields that nothing sends on or closes.
// The module's one command makes one manager, but the library's other callers may make as many as they like, each
// left blocked for good: reported, unlike the same park in a command's own code.
package consumer

// Manager consumes until it is stopped; nothing ever stops it.
type Manager struct{ done chan struct{} }

// NewManager makes a manager.
func NewManager() *Manager { return &Manager{done: make(chan struct{})} }

// Start blocks until the manager is done.
func (m *Manager) Start() {
	<-m.done // want `^the goroutine running Manager.Start blocks forever receiving from unbuffered channel Manager.done: nothing sends on or closes it$`
}

package space

func Run() {
	done := make(chan bool)
	go func() { done <- true }()
}

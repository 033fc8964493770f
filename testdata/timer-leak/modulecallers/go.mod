// A module of its own with several packages: whether an exported function of package agent runs once per process
// is decided by what the commands in cmd/ do with it. `go test ./...` in testdata/ skips nested modules: test it
// from this directory.
module golintchan.example/testdata/timer-leak/modulecallers

go 1.19

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../..

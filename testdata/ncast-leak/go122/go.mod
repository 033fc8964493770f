// A module of its own: its go line (1.22) makes loop variables per iteration, which the testdata module (go 1.19)
// does not have. `go test ./...` in testdata/ skips nested modules: test it from this directory. The fixture is
// written to behave the same under both semantics (each goroutine reads the index before the loop moves on).
module golintchan.example/testdata/ncast-leak/go122

go 1.22

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../..

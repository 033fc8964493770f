// A module of its own: Go 1.26 syntax (new(expr)) that Go 1.19, which builds testdata/, cannot compile.
// `npm run verify-fixtures` proves it only with Go 1.26 or later and says so when it skips it; the jest fixture
// harness lints it with every toolchain (it must analyse without a parse error).
module golintchan.example/testdata/abandoned-send/go126

go 1.26

require golintchan.example/testdata v0.0.0

replace golintchan.example/testdata => ../..

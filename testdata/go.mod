module golintchan.example/testdata

go 1.19

// Package dyncap: the capacity is computed at run time and covers every send.
package dyncap

// Shard is a partition served by several replicas.
type Shard struct {
	Replicas []func() string
}

// Probe asks every replica of every shard and returns the first answer.
func Probe(shards []Shard, replicas int) string {
	answers := make(chan string, len(shards)*replicas)
	for _, s := range shards {
		for _, r := range s.Replicas[:replicas] {
			go func(r func() string) {
				answers <- r()
			}(r)
		}
	}
	return <-answers
}

package farmer

import "time"

// CollectStaged runs the staging collector once at now (tests drive expiry with their clock).
func (s *Service) CollectStaged(now time.Time) { s.collectStaged(now) }

package pipeline

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"
)

// ordered describes a three-stage pipeline over reusable jobs: fill (one goroutine, in sequence),
// work (workers goroutines, in any order), emit (one goroutine, in sequence). At most window jobs
// exist, so memory is bounded by the window whatever the length of the stream.
type ordered[J any] struct {
	workers, window int
	newJob          func() *J
	// fill prepares job seq; false means the stream has ended (nothing was filled).
	fill func(ctx context.Context, seq int, j *J) (bool, error)
	// work processes a job on worker w (0 <= w < workers), so that per-worker state needs no lock.
	work func(ctx context.Context, w int, j *J) error
	// emit consumes a job in sequence order; the job is reused after it returns.
	emit func(ctx context.Context, j *J) error
	// emitAsync, if set, replaces emit: the job is reused only once done is called (exactly once,
	// even if emitAsync fails); run returns only after every job's done.
	emitAsync func(ctx context.Context, j *J, done func()) error
	// release, if set, is called on every job once the pipeline has stopped.
	release func(j *J)
}

type slot[J any] struct {
	job  *J
	done chan error
}

// run runs the pipeline to the end of the stream or the first error, which it returns.
func (o *ordered[J]) run(ctx context.Context) error {
	g, ctx := errgroup.WithContext(ctx)
	free := make(chan *slot[J], o.window)
	jobs := make([]*J, o.window)
	for i := range jobs {
		jobs[i] = o.newJob()
		free <- &slot[J]{job: jobs[i], done: make(chan error, 1)}
	}
	order := make(chan *slot[J], o.window)
	work := make(chan *slot[J], o.window)
	var held sync.WaitGroup // jobs emitAsync has not released yet

	g.Go(func() error { // fill
		defer close(order)
		defer close(work)
		for seq := 0; ; seq++ {
			var s *slot[J]
			select {
			case s = <-free:
			case <-ctx.Done():
				return ctx.Err()
			}
			more, err := o.fill(ctx, seq, s.job)
			if err != nil || !more {
				return err
			}
			order <- s // never blocks: at most window slots exist
			work <- s
		}
	})
	for w := range o.workers {
		g.Go(func() error {
			for s := range work {
				if err := ctx.Err(); err != nil {
					s.done <- err
					continue
				}
				s.done <- o.work(ctx, w, s.job)
			}
			return nil
		})
	}
	g.Go(func() error { // emit
		for s := range order {
			var err error
			select {
			case err = <-s.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err == nil && o.emitAsync != nil {
				held.Add(1)
				var once sync.Once
				if err := o.emitAsync(ctx, s.job, func() { once.Do(func() { free <- s; held.Done() }) }); err != nil {
					return err
				}
				continue
			}
			if err == nil {
				err = o.emit(ctx, s.job)
			}
			if err != nil {
				return err
			}
			free <- s // never blocks
		}
		return nil
	})
	err := g.Wait()
	held.Wait()
	if o.release != nil {
		for _, j := range jobs {
			o.release(j)
		}
	}
	return err
}

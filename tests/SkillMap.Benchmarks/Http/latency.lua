-- Loaded by get.lua and post.lua. When wrk finishes, prints its latency distribution as 1,000
-- quantiles ("latency-q <percent> <microseconds>", 0.1% apart, the last one the maximum), so the
-- harness can merge the turns of a run into one distribution instead of taking the worst turn's p99.
function done(summary, latency, requests)
  for i = 1, 999 do
    io.write("latency-q\t", i / 10, "\t", latency:percentile(i / 10), "\n")
  end
  io.write("latency-q\t100\t", latency.max, "\n")
end

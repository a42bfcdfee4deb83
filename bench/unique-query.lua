-- wrk script: every request gets a query parameter of its own ("n=<thread>-<counter>"), so the
-- output cache (keyed by the whole query string) never answers it and every request runs the query.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  counter = 0
end

function request()
  counter = counter + 1
  local path = wrk.path
  local separator = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, path .. separator .. "n=" .. id .. "-" .. counter)
end

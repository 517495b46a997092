-- wrk script used by tests/load/run:  wrk ... -s tests/load/paths.lua URL -- PATHS_FILE [COOKIES_FILE]
--
-- Each request GETs one line of PATHS_FILE, picked at random (so 64 connections spread over the whole
-- table instead of hammering one cached row). Lines are raw UTF-8 ("/questions/42/필터-교체", "/search?q=wifi 연결");
-- they are percent-encoded here, once, so the files stay readable.
-- With COOKIES_FILE (one Cookie header per line: signed-in members), each request also picks one member at random.
-- With the word "once" instead (wrk ... -- PATHS_FILE once), each thread walks the file in order from a random line,
-- so no path repeats while the file lasts: a search for a query nobody asked before, not one the cache answers.
-- At the end one machine-readable line is printed:
--   RESULT requests=… duration_s=… rps=… p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… socket_errors=… [first_bad=STATUS]
-- non2xx counts every status outside 200-299 (wrk's own counter ignores 3xx; a 301 here means a wrong slug).

local threads = {}

-- Main state: remember each thread so done() can add up their counters.
function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

-- Percent-encode every byte outside the URL-safe set (UTF-8 bytes, spaces, '+', '#'); keep the
-- path and query structure characters.
local function encode(s)
  return (s:gsub("[^%w%-%._~/%?=&]", function(c) return string.format("%%%02X", c:byte()) end))
end

local paths = {}
local cookies = {}
local once = false
local next_path = 1
non2xx = 0
first_bad = nil

function init(args)
  local file = args[1] or error("usage: wrk ... -s paths.lua URL -- PATHS_FILE")
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = encode(line) end
  end
  if #paths == 0 then error("no paths in " .. file) end
  if args[2] == "once" then
    once = true
  elseif args[2] then
    for line in io.lines(args[2]) do
      if #line > 0 then cookies[#cookies + 1] = line end
    end
    if #cookies == 0 then error("no cookies in " .. args[2]) end
  end
  -- A different sequence per thread and per run.
  math.randomseed(os.time() * 100 + (thread_number or 0))
  next_path = math.random(#paths)
end

local function pick()
  if not once then return paths[math.random(#paths)] end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return path
end

function request()
  if #cookies > 0 then
    -- Headers given to wrk.format replace the command line's (-H), so those are copied in first.
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["Cookie"] = cookies[math.random(#cookies)]
    return wrk.format("GET", pick(), headers)
  end
  return wrk.format("GET", pick())
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    first_bad = first_bad or tostring(status)
  end
end

function done(summary, latency, requests)
  local bad, example = 0, nil
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
    example = example or thread:get("first_bad")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad, e.connect + e.read + e.write + e.timeout, example and (" first_bad=" .. example) or ""))
end

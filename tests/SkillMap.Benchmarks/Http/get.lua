-- GET of the rating page: every request its own person (cookie) and sheet, read from the data file.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "latency.lua")

local lines = {}
local next_line = 1

function init(args)
  for line in io.lines(args[1]) do
    local path, cookie = line:match("^([^\t]+)\t([^\t]+)")
    lines[#lines + 1] = { path = path, cookie = cookie }
  end
end

function request()
  local line = lines[next_line]
  next_line = next_line % #lines + 1
  return wrk.format("GET", line.path, { ["Cookie"] = line.cookie })
end

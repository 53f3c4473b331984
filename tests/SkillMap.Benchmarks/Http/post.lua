-- POST of a page of answers (Save and next): every request its own rater and sheet, used once.
-- A 302 to the next page is the app's acknowledgement; each acknowledged sheet is logged with the
-- answers it was told were saved, for the harness to find in the database afterwards.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "latency.lua")

local lines = {}
local values = {}
local next_line = 1
local log

function init(args)
  for line in io.lines(args[1]) do
    local path, cookie, body, sheet, answers = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)")
    lines[#lines + 1] = { path = path, cookie = cookie, body = body }
    values[sheet] = answers
  end
  log = io.open(args[1] .. ".acks", "w")
  log:setvbuf("line")
end

function request()
  local line = lines[next_line]
  next_line = next_line + 1
  if next_line > #lines then
    next_line = 1
  end
  return wrk.format("POST", line.path, {
    ["Cookie"] = line.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, line.body)
end

function response(status, headers, body)
  if status == 302 then
    local location = headers["Location"] or headers["location"] or ""
    local sheet = location:match("/surveys/(%d+)")
    if sheet and values[sheet] then
      log:write(sheet, "\t", values[sheet], "\n")
    end
  end
end

-- bench/mixed.lua: wrk's script for bench/mixed.sh.  Each request is drawn
-- by weight from the mix below: 70 % page views, 20 % dashboards, 10 %
-- submissions (a whole grant application sent at once: a real POST with
-- the form's CSRF token and a fresh one-time key, so each makes a new
-- application).  Answers are counted by status per thread and summed in
-- done(), which prints the lines bench/mixed.sh reads.
--
-- Environment (set by mixed.sh): MIX_STAFF_COOKIE (a logged-in staff
-- session), MIX_CSRF (the apply form's token), MIX_POOLS (published pool
-- ids), MIX_OPEN (an open pool), MIX_APPS and MIX_CASES (staff case ids),
-- MIX_START and MIX_END (the project period).

local staff = { ["Cookie"] = os.getenv("MIX_STAFF_COOKIE") }
local csrf = os.getenv("MIX_CSRF")
local open = os.getenv("MIX_OPEN")
local pstart, pend = os.getenv("MIX_START"), os.getenv("MIX_END")

local function ids(v)
	local t = {}
	for id in string.gmatch(v or "", "%d+") do t[#t + 1] = id end
	return t
end
local pools, apps, cases = ids(os.getenv("MIX_POOLS")),
    ids(os.getenv("MIX_APPS")), ids(os.getenv("MIX_CASES"))

local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local function once()	-- 43 base64url characters, as crypto_token makes
	local s = {}
	for i = 1, 43 do
		local k = math.random(1, 64)
		s[i] = string.sub(b64, k, k)
	end
	return table.concat(s)
end

local function esc(s)
	return (string.gsub(s, "[^%w%-_.~]", function(c)
		return string.format("%%%02X", string.byte(c)) end))
end

local n = 0
local function application()
	n = n + 1
	local f = {
		"csrf=" .. esc(csrf), "once=" .. once(), "action=submit",
		"org_name=" .. esc("Bench Forening " .. n), "cvr=10150817",
		"contact_name=Ole", "contact_email=ole%40example.dk",
		"title=" .. esc("Bench-projekt " .. n), "description=X",
		"period_start=" .. pstart, "period_end=" .. pend,
		"requested=" .. esc("100.000,00"),
		"budget_text_1=" .. esc("Løn"),
		"budget_amount_1=" .. esc("100.000,00"),
	}
	return wrk.format("POST", "/grants/pools/" .. open .. "/apply",
	    { ["Content-Type"] = "application/x-www-form-urlencoded" },
	    table.concat(f, "&"))
end

local function pick(t) return t[math.random(1, #t)] end

-- { weight in %, kind, request maker }
local mix = {
	{ 30, "page", function() return wrk.format("GET", "/grants/pools/" .. pick(pools)) end },
	{ 20, "page", function() return wrk.format("GET", "/whistleblower/") end },
	{ 10, "page", function() return wrk.format("GET", "/staff/applications/" .. pick(apps), staff) end },
	{ 10, "page", function() return wrk.format("GET", "/staff/cases/" .. pick(cases), staff) end },
	{ 10, "dashboard", function() return wrk.format("GET", "/staff/goals/", staff) end },
	{ 10, "dashboard", function() return wrk.format("GET", "/staff/plans/2024", staff) end },
	{ 10, "submission", application },
}

local threads = {}
function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
	counts = {}	-- status -> answers (global: read by done via thread:get)
end

function request()
	local r = math.random(1, 100)
	for _, m in ipairs(mix) do
		if r <= m[1] then return m[3]() end
		r = r - m[1]
	end
	return mix[1][3]()
end

function response(status, headers, body)
	counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
	local all = {}
	for _, t in ipairs(threads) do
		for k, v in pairs(t:get("counts")) do all[k] = (all[k] or 0) + v end
	end
	for k, v in pairs(all) do io.write(string.format("status %d %d\n", k, v)) end
	local e = summary.errors
	io.write(string.format("sockerr %d\n", e.connect + e.read + e.write + e.timeout))
	io.write(string.format("requests %d\n", summary.requests))
	io.write(string.format("seconds %.3f\n", summary.duration / 1e6))
	for _, p in ipairs({ 50, 99, 99.9 }) do
		io.write(string.format("p%s %.2f\n", p, latency:percentile(p) / 1000))
	end
end

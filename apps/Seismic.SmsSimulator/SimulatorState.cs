namespace Seismic.SmsSimulator;

/// <summary>
/// Everything the simulator knows: messages, opt-outs, replies, faults, counters. One lock guards it and one seeded
/// <see cref="Random"/> takes every decision under that lock, so a run with the same seed and the same request order
/// makes the same decisions.
/// </summary>
internal sealed class SimulatorState
{
    /// <summary>Opt-out and opt-in keywords Twilio handles on long codes (Twilio, "Advanced Opt-Out").</summary>
    private static readonly HashSet<string> StopWords = new(["STOP", "UNSUBSCRIBE", "END", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "CANCEL"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> StartWords = new(["START", "YES", "UNSTOP"], StringComparer.OrdinalIgnoreCase);

    private readonly Lock gate = new();
    private readonly Random random;
    private readonly Random handsetRandom;
    private readonly SimulatorOptions options;
    private readonly List<SimulatedMessage> messages = [];
    private readonly Dictionary<string, int> bySid = new(StringComparer.Ordinal);
    private readonly HashSet<string> optedOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Body, TimeSpan Delay)> fixedReplies = new(StringComparer.Ordinal);
    private readonly List<SimulatedInbound> inbound = [];
    private readonly List<SimulatedCallback> callbacks = [];
    private readonly Queue<DateTimeOffset> recentAccepts = new();
    private FaultSettings faults;
    private int tooManyBurstLeft;
    private int serverErrorBurstLeft;
    private int hangBurstLeft;
    private int createRequests;
    private int accepted;
    private int tooMany;
    private int serverErrors;
    private int optOutRefusals;
    private int invalid;
    private int hung;

    public SimulatorState(SimulatorOptions options)
    {
        this.options = options;
        Time = options.Time ?? TimeProvider.System;
        random = new Random(options.Seed);

        // Messages a handset sends on its own come at times the requests do not fix; their SIDs use a separate
        // sequence so they cannot shift the decisions taken for requests.
        handsetRandom = new Random(unchecked(options.Seed * 31 + 7));
        faults = options.Faults;
        ResetBursts(faults);
    }

    public TimeProvider Time { get; }

    public SimulatorOptions Options => options;

    public FaultSettings Faults
    {
        get
        {
            lock (gate)
            {
                return faults;
            }
        }

        set
        {
            lock (gate)
            {
                faults = value;
                ResetBursts(value);
            }
        }
    }

    public static bool IsStop(string body) => StopWords.Contains(body.Trim());

    public static bool IsStart(string body) => StartWords.Contains(body.Trim());

    public SimulatorCounters Counters
    {
        get
        {
            lock (gate)
            {
                return new SimulatorCounters(createRequests, accepted, tooMany, serverErrors, optOutRefusals, invalid, hung);
            }
        }
    }

    public void CountRequest(bool valid)
    {
        lock (gate)
        {
            createRequests++;
            if (!valid)
            {
                invalid++;
            }
        }
    }

    /// <summary>Decides a valid create request: refuse it (429, 500, 21610), or create the message and plan its fate.</summary>
    public CreateDecision Decide(string to, string from, string? serviceSid, string body, Uri? statusCallback)
    {
        lock (gate)
        {
            var now = Time.GetUtcNow();
            var hang = TimeSpan.Zero;
            if (hangBurstLeft > 0 || (faults.HangRate > 0 && random.NextDouble() < faults.HangRate))
            {
                hangBurstLeft = Math.Max(0, hangBurstLeft - 1);
                hang = faults.HangTime;
                hung++;
                if (!faults.HangCreatesMessage)
                {
                    return new CreateDecision(CreateOutcome.ServerError, hang, null, null);
                }
            }

            if (tooManyBurstLeft > 0 || (faults.TooManyRequestsRate > 0 && random.NextDouble() < faults.TooManyRequestsRate) || OverRate(now))
            {
                tooManyBurstLeft = Math.Max(0, tooManyBurstLeft - 1);
                tooMany++;
                return new CreateDecision(CreateOutcome.TooManyRequests, hang, null, null);
            }

            if (serverErrorBurstLeft > 0 || (faults.ServerErrorRate > 0 && random.NextDouble() < faults.ServerErrorRate))
            {
                serverErrorBurstLeft = Math.Max(0, serverErrorBurstLeft - 1);
                serverErrors++;
                return new CreateDecision(CreateOutcome.ServerError, hang, null, null);
            }

            if (optedOut.Contains(to))
            {
                optOutRefusals++;
                return new CreateDecision(CreateOutcome.OptedOut, hang, null, null);
            }

            var message = new SimulatedMessage(NewSid(random), to, from, serviceSid, body, SegmentCounter.Count(body), "queued", null, statusCallback, now, null);
            bySid[message.Sid] = messages.Count;
            messages.Add(message);
            recentAccepts.Enqueue(now);
            accepted++;
            return new CreateDecision(CreateOutcome.Accept, hang, message, PlanDelivery(to));
        }
    }

    public SimulatedMessage? Find(string sid)
    {
        lock (gate)
        {
            return bySid.TryGetValue(sid, out var i) ? messages[i] : null;
        }
    }

    public SimulatedMessage? Update(string sid, string status, int? errorCode)
    {
        lock (gate)
        {
            if (!bySid.TryGetValue(sid, out var i))
            {
                return null;
            }

            var current = messages[i];
            var sentAt = current.SentAt ?? (status is "sent" or "delivered" or "undelivered" ? Time.GetUtcNow() : null);
            messages[i] = current with { Status = status, ErrorCode = errorCode, SentAt = sentAt };
            return messages[i];
        }
    }

    /// <summary>Messages matching the list filters, newest first (as the Messages list returns them).</summary>
    public List<SimulatedMessage> Query(Func<SimulatedMessage, bool> filter)
    {
        lock (gate)
        {
            var result = new List<SimulatedMessage>();
            for (var i = messages.Count - 1; i >= 0; i--)
            {
                if (filter(messages[i]))
                {
                    result.Add(messages[i]);
                }
            }

            return result;
        }
    }

    public IReadOnlyList<SimulatedMessage> Messages()
    {
        lock (gate)
        {
            return messages.ToArray();
        }
    }

    public IReadOnlyList<SimulatedInbound> Inbound()
    {
        lock (gate)
        {
            return inbound.ToArray();
        }
    }

    public IReadOnlyList<SimulatedCallback> Callbacks()
    {
        lock (gate)
        {
            return callbacks.ToArray();
        }
    }

    public void Record(SimulatedCallback callback)
    {
        lock (gate)
        {
            callbacks.Add(callback);
        }
    }

    /// <summary>Records a handset's message and applies STOP / START to the opt-out list, as Twilio does on long codes.</summary>
    public SimulatedInbound ReceiveInbound(string from, string to, string body, string? sid = null)
    {
        lock (gate)
        {
            if (IsStop(body))
            {
                optedOut.Add(from);
            }
            else if (IsStart(body))
            {
                optedOut.Remove(from);
            }

            var message = new SimulatedInbound(sid ?? NewSid(handsetRandom), from, to, body, Time.GetUtcNow(), 0, null);
            inbound.Add(message);
            return message;
        }
    }

    public void CompleteInbound(string sid, int status, string? response)
    {
        lock (gate)
        {
            var i = inbound.FindIndex(m => m.Sid == sid);
            if (i >= 0)
            {
                inbound[i] = inbound[i] with { WebhookStatus = status, WebhookResponse = response };
            }
        }
    }

    public void SetOptOut(string number, bool optOut)
    {
        lock (gate)
        {
            if (optOut)
            {
                optedOut.Add(number);
            }
            else
            {
                optedOut.Remove(number);
            }
        }
    }

    public bool IsOptedOut(string number)
    {
        lock (gate)
        {
            return optedOut.Contains(number);
        }
    }

    public void SetReply(string number, string? body, TimeSpan delay)
    {
        lock (gate)
        {
            if (body is null)
            {
                fixedReplies.Remove(number);
            }
            else
            {
                fixedReplies[number] = (body, delay);
            }
        }
    }

    private DeliveryPlan PlanDelivery(string to)
    {
        var roll = random.NextDouble();
        var (status, code) = roll < faults.FailedRate ? ("failed", (int?)30008)
            : roll < faults.FailedRate + faults.UndeliveredRate ? ("undelivered", 30003)
            : ("delivered", null);
        if (fixedReplies.TryGetValue(to, out var fixedReply))
        {
            return new DeliveryPlan(status, code, fixedReply.Body, fixedReply.Delay, NewSid(random));
        }

        var answer = random.NextDouble();
        var reply = answer < options.AckRate ? "1"
            : answer < options.AckRate + options.NeedHelpRate ? "2"
            : answer < options.AckRate + options.NeedHelpRate + options.StopRate ? "STOP"
            : null;
        var span = options.ReplyDelayMax - options.ReplyDelayMin;
        var delay = options.ReplyDelayMin + (span > TimeSpan.Zero ? span * random.NextDouble() : TimeSpan.Zero);
        return new DeliveryPlan(status, code, reply, delay, reply is null ? null : NewSid(random));
    }

    private bool OverRate(DateTimeOffset now)
    {
        if (faults.MaxMessagesPerSecond <= 0)
        {
            return false;
        }

        while (recentAccepts.Count > 0 && now - recentAccepts.Peek() >= TimeSpan.FromSeconds(1))
        {
            recentAccepts.Dequeue();
        }

        return recentAccepts.Count >= faults.MaxMessagesPerSecond;
    }

    private static string NewSid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return "SM" + Convert.ToHexStringLower(bytes);
    }

    private void ResetBursts(FaultSettings value)
    {
        tooManyBurstLeft = value.TooManyRequestsBurst;
        serverErrorBurstLeft = value.ServerErrorBurst;
        hangBurstLeft = value.HangBurst;
    }
}

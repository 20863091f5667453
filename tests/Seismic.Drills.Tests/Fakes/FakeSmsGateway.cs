using System.Globalization;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Tests.Fakes;

/// <summary>A provider in memory: records what it accepted and fails on demand.</summary>
internal sealed class FakeSmsGateway(TimeProvider time) : ISmsGateway
{
    private readonly Lock gate = new();
    private readonly List<SentSms> sent = [];
    private readonly Queue<Func<SmsRequest, Exception?>> script = new();
    private int requests;

    /// <summary>Called for every request after the scripted failures; return an exception to fail it.</summary>
    public Func<SmsRequest, Exception?>? Fault { get; set; }

    /// <summary>True to throw after accepting (the worker "crashes" between the provider's acceptance and the record).</summary>
    public Func<SmsRequest, bool>? CrashAfterAccept { get; set; }

    public IReadOnlyList<SentSms> Sent
    {
        get
        {
            lock (gate)
            {
                return sent.ToList();
            }
        }
    }

    public int Requests => Volatile.Read(ref requests);

    public int ListCalls { get; private set; }

    public void FailNext(Exception failure) => script.Enqueue(_ => failure);

    public Task<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref requests);
        Exception? failure = null;
        lock (gate)
        {
            if (script.Count > 0)
            {
                failure = script.Dequeue()(request);
            }
        }

        failure ??= Fault?.Invoke(request);
        if (failure is not null)
        {
            throw failure;
        }

        SentSms record;
        lock (gate)
        {
            record = new SentSms("SM" + sent.Count.ToString("x32", CultureInfo.InvariantCulture), request.To, request.Body, "queued", time.GetUtcNow());
            sent.Add(record);
        }

        if (CrashAfterAccept?.Invoke(request) == true)
        {
            throw new InvalidOperationException("worker crashed after the provider accepted the message");
        }

        return Task.FromResult(new SmsSendResult(record.Sid, record.Status, 1));
    }

    public Task<IReadOnlyList<SentSms>> ListSentAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            ListCalls++;
            return Task.FromResult<IReadOnlyList<SentSms>>(sent.Where(s => s.To == recipient && s.CreatedAt >= since).ToList());
        }
    }
}

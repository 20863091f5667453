namespace Seismic.Drills.Messages;

/// <summary>What a batch of texts costs before it is sent.</summary>
/// <param name="Messages">Texts in the batch.</param>
/// <param name="Segments">Billed segments in total.</param>
/// <param name="Ucs2Messages">Texts that need UCS-2 (70/67 per part).</param>
/// <param name="MultipartMessages">Texts longer than one segment.</param>
/// <param name="MaxSegments">Segments of the longest text.</param>
/// <param name="PricePerSegment">The configured price of one segment.</param>
/// <param name="Currency">ISO 4217 code of the price (e.g. <c>USD</c>, <c>CNY</c>).</param>
/// <param name="Total">Segments × price.</param>
public sealed record CostEstimate(
    int Messages, int Segments, int Ucs2Messages, int MultipartMessages, int MaxSegments, decimal PricePerSegment, string Currency, decimal Total)
{
    /// <summary>Estimates a batch.</summary>
    /// <param name="bodies">The rendered texts, one per recipient.</param>
    /// <param name="pricePerSegment">Price of one segment (the provider bills per segment; ≥ 0).</param>
    /// <param name="currency">Currency code of the price.</param>
    /// <returns>The estimate.</returns>
    public static CostEstimate For(IEnumerable<string> bodies, decimal pricePerSegment, string currency)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentOutOfRangeException.ThrowIfNegative(pricePerSegment);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        int messages = 0, segments = 0, ucs2 = 0, multipart = 0, max = 0;
        foreach (var body in bodies)
        {
            var s = SegmentCounter.Count(body);
            messages++;
            segments += s.Segments;
            ucs2 += s.Encoding == SmsEncoding.Ucs2 ? 1 : 0;
            multipart += s.Segments > 1 ? 1 : 0;
            max = Math.Max(max, s.Segments);
        }

        return new CostEstimate(messages, segments, ucs2, multipart, max, pricePerSegment, currency, segments * pricePerSegment);
    }
}

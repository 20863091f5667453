using System.Collections;

namespace Seismic.GeoData.Tests.Fixtures;

/// <summary>A list that throws when item <c>failAt</c> is read, to make a writer fail part-way.</summary>
public sealed class FailingList<T>(IReadOnlyList<T> items, int failAt) : IReadOnlyList<T>
{
    /// <inheritdoc/>
    public T this[int index] =>
        index >= failAt ? throw new InvalidOperationException($"item {index} failed on purpose") : items[index];

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

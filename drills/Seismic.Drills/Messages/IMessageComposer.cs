namespace Seismic.Drills.Messages;

/// <summary>Renders the personalised text of one message in the recipient's language.</summary>
public interface IMessageComposer
{
    /// <summary>Renders the text.</summary>
    /// <param name="context">Recipient, inject, drill and link.</param>
    /// <returns>The body to send.</returns>
    string Compose(MessageContext context);
}

namespace Seismic.Drills.Messages;

/// <summary>
/// A message text with variables in braces: <c>{name} {community} {street} {shelter} {walk_min} {link} {title}
/// {time} {missing_count} {missing_names} {alert}</c>. A part in double square brackets, <c>[[…]]</c>, is left out when
/// any variable inside it has no value (no shelter, no link), so a text never shows an empty slot.
/// </summary>
/// <param name="Id">Template id (<c>alarm</c>, <c>escalation-1</c>, …), the <see cref="Plans.DrillInject.TemplateId"/>.</param>
/// <param name="Language"><c>zh-Hans</c> or <c>en</c>.</param>
/// <param name="Text">The text. The exercise marker is not part of it: the composer adds it.</param>
public sealed record MessageTemplate(string Id, string Language, string Text);

namespace Seismic.Drills.Messages;

/// <summary>
/// The built-in texts. Each one names the recipient and differs per inject, so no number gets the same text twice
/// (China's carriers reject the third identical text in 24 h). Drill texts stay short: one Chinese SMS part holds 70
/// characters, so most take two or three parts once name, shelter and link are in.
/// </summary>
internal static class DefaultTemplates
{
    public static Dictionary<(string, string), MessageTemplate> Build()
    {
        var d = new Dictionary<(string, string), MessageTemplate>();
        void Add(string id, string zh, string en)
        {
            d[(id, "zh-Hans")] = new MessageTemplate(id, "zh-Hans", zh);
            d[(id, "en")] = new MessageTemplate(id, "en", en);
        }

        Add(
            TemplateCatalog.Announcement,
            "{name}您好：{community}将于{time}举行地震应急演练“{title}”。[[您的避难场所：{shelter}，步行约{walk_min}分钟。]][[详情：{link}]]",
            "Dear {name}, {community} holds the earthquake exercise \"{title}\" on {time}.[[ Your shelter: {shelter}, about {walk_min} min on foot.]][[ Details: {link}]]");
        Add(
            TemplateCatalog.Reminder,
            "{name}，提醒：{time}{community}地震演练。[[集合点{shelter}。]][[详情：{link}]]",
            "{name}, reminder: {community} earthquake exercise at {time}.[[ Assemble at {shelter}.]][[ Details: {link}]]");
        Add(
            TemplateCatalog.Alarm,
            "{name}：地震警报（{title}）！请立即前往{shelter}[[（约{walk_min}分钟）]]，到达后[[点击 {link} 或]]回复1报平安，需要帮助回复2。",
            "{name}: earthquake alarm ({title})! Go to {shelter} now[[ (about {walk_min} min)]]. On arrival[[ tap {link} or]] reply 1; reply 2 if you need help.");
        Add(
            TemplateCatalog.EscalationToAssistants,
            "{name}：{community}有{missing_count}名志愿者未确认平安：{missing_names}。请逐一联系并回报。",
            "{name}: {missing_count} volunteers of {community} have not checked in: {missing_names}. Please call them and report.");
        Add(
            TemplateCatalog.EscalationToCoordinators,
            "{name}：{street}{community}仍有{missing_count}人超时未确认：{missing_names}。请协调处置。",
            "{name}: {missing_count} people of {community} ({street}) are still unaccounted for: {missing_names}. Please coordinate.");
        Add(
            TemplateCatalog.AllClear,
            "{name}：“{title}”结束，解除警报，感谢参与！[[尚未确认的请点击 {link}]]",
            "{name}: \"{title}\" is over, all clear. Thank you![[ If you have not checked in yet: {link}]]");
        Add(
            TemplateCatalog.RealAlert,
            "{name}：{alert}[[请前往{shelter}（约{walk_min}分钟）。]][[平安请点击 {link} 或回复1，]]需要帮助回复2。",
            "{name}: {alert}[[ Go to {shelter} (about {walk_min} min).]][[ If safe tap {link} or reply 1;]] reply 2 if you need help.");
        return d;
    }
}

// The timeline's fixed fixture: events as the spec hands them to the layout (input.ts), in English and
// Simplified Chinese, so tests and snapshots change only when the layout does, not when the data is revised.
import { DOMAIN, type EventItem, type TimelineInput } from "@/components/charts/timeline/input";

export type Row = [
  id: string,
  date: string,
  theme: EventItem["theme"],
  en: string,
  zh: string,
  confidence?: EventItem["confidence"],
  annotation?: [string, string],
];
export const rows: Row[] = [
  ["early", "2006-08-24", "platform", "A rival rents out computing by the hour", "对手开始按小时出租算力"],
  ["work-begins", "2009", "platform", "Work starts on a cloud operating system", "云操作系统开始研发"],
  ["founded", "2009-09-10", "platform", "The cloud company is founded", "云公司成立", "high", ["Cloud founded", "云公司成立"]],
  ["beta", "2009-12", "platform", "A beta is ready by year-end", "年底前推出测试版", "low"],
  ["first-sale", "2009-11-11", "traffic", "The first shopping festival", "第一届购物节"],
  ["near-miss", "2010-11-11", "traffic", "Payments come within seconds of collapse", "支付系统险些崩溃", "high", ["Near miss", "险些宕机"]],
  ["on-sale", "2011-07-28", "platform", "The first product goes on general sale", "首个产品正式商用"],
  ["cluster", "2013-08-15", "platform", "One cluster of five thousand servers", "单集群五千台服务器"],
  ["letter", "2013", "platform", "A railway inspector writes to say thank you", "一位铁路巡检员写信致谢", "low"],
  ["rival-region", "2013-12", "market", "A rival announces a region", "对手宣布新区域"],
  ["hardware", "2016", "virtualization", "Work on custom hardware begins", "开始研发专用硬件", "medium"],
  ["unveiled", "2017-10", "virtualization", "Bare metal unveiled", "发布裸金属架构", "high", ["Bare metal", "裸金属"]],
  ["rival-card", "2017-11-29", "virtualization", "A rival presents its own card", "对手发布自研卡"],
  ["profit", "2022-05-26", "market", "First full-year profit", "首个全年盈利", "high", ["First profit", "首次盈利"]],
  ["chip", "2022-06-13", "virtualization", "A processor for cloud infrastructure", "云基础设施处理器"],
  ["chatbot", "2022-11-30", "ai", "A chatbot is released", "聊天机器人发布", "high", ["Chatbot", "聊天机器人"]],
  ["cluster-ai", "2023-08", "ai", "A ten-thousand-GPU cluster goes live", "万卡集群上线"],
  ["results", "2025-11-25", "market", "Cloud growth speeds up", "云业务增速加快", "high", ["Growth speeds up", "增速加快"]],
];
const lanes = {
  en: { platform: "Platform", traffic: "Traffic", virtualization: "Virtualization", ai: "AI", market: "Market" },
  "zh-hans": { platform: "平台", traffic: "流量", virtualization: "虚拟化", ai: "人工智能", market: "市场" },
} as const;
export type Lang = keyof typeof lanes;
export function fixture(lang: Lang): TimelineInput {
  const zh = lang !== "en";
  return {
    domain: DOMAIN,
    lanes: lanes[lang],
    title: zh ? "时间线" : "Timeline",
    desc: zh ? "按主题排列的事件。" : "Events by theme.",
    events: rows.map(([id, date, theme, en, zhTitle, confidence = "high", annotation]): EventItem => {
      const title = zh ? zhTitle : en;
      const dateLabel = date.length === 4 ? (zh ? "年内" : "year only") : zh ? `${Number(date.slice(5, 7))}月` : date.slice(5);
      return {
        id,
        date,
        theme,
        confidence,
        title,
        dateLabel,
        ...(annotation ? { annotation: annotation[zh ? 1 : 0] } : {}),
        href: `/${lang}/chapter/#event-${id}`,
        tip: { label: `${date}: ${title}`, title: date, value: title, source: "Fixture", year: Number(date.slice(0, 4)), confidence },
      };
    }),
  };
}

-- wrk script for Scripts/load-test.sh: POST /v1/lint with realistic ~100-word reply drafts, rotating over five
-- markets, and counting every answer that is not 200 as an error.
local drafts = {
  {market = "en-GB", text = "Dear Mrs Taylor,\n\nThank you for getting in touch about order #458812. I am sorry that the trainers arrived in the wrong size. We will send you a prepaid returns label by email today, and as soon as the parcel reaches our warehouse we will exchange them for a UK 7 at no extra cost. If you would rather have a refund, just reply to this message and we will arrange it within five working days. The courier collects parcels from Monday to Friday between 9:00 and 17:00.\n\nKind regards,\nMia\nCustomer Care"},
  {market = "en-US", text = "Hi Jordan,\n\nThanks so much for reaching out, and I'm sorry for the delay with your package. I checked with our shipping partner and your order left our warehouse on Tuesday; the tracking number is 1Z999AA10123456784. It should arrive by Friday, March 13. If it hasn't shown up by then, let me know and I will send a replacement right away at no charge. You can also change the delivery address from your account page before 5:00 PM today. We really appreciate your patience.\n\nBest,\nSam from the Support Team"},
  {market = "de-DE", text = "Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung 458812. Es tut uns leid, dass die Jacke nicht wie erwartet passt. Sie können den Artikel innerhalb von 14 Tagen ab Erhalt ohne Angabe von Gründen zurückgeben. Das Rücksendeetikett senden wir Ihnen heute per E-Mail. Sobald die Ware bei uns eingegangen ist, erstatten wir den Kaufpreis von 89,90 € auf Ihr ursprüngliches Zahlungsmittel, in der Regel innerhalb von fünf Werktagen. Für Rückfragen sind wir montags bis freitags von 9:00 bis 18:00 Uhr für Sie da.\n\nMit freundlichen Grüßen\nLena Schmidt\nKundenservice"},
  {market = "fr-FR", text = "Bonjour Madame Dubois,\n\nNous vous remercions pour votre message concernant la commande 458812. Nous sommes désolés que la robe ne corresponde pas à vos attentes. Vous disposez d'un délai de 14 jours à compter de la réception pour exercer votre droit de rétractation. Nous vous envoyons aujourd'hui une étiquette de retour prépayée par e-mail. Dès réception du colis, nous vous rembourserons 59,90 € sur votre moyen de paiement initial sous cinq jours ouvrés. Notre service client reste à votre disposition du lundi au vendredi, de 9 h à 18 h.\n\nCordialement,\nClaire\nService client"},
  {market = "ja-JP", text = "山田様\n\nこの度はお問い合わせいただき、誠にありがとうございます。ご注文番号458812の商品につきまして、サイズが合わなかったとのこと、大変申し訳ございません。本日、返品用の着払い伝票をメールにてお送りいたします。商品が当店に到着次第、ご希望のサイズと交換させていただきます。返金をご希望の場合は、このメールにご返信くださいませ。通常、5営業日以内にご返金の手続きをいたします。平日9時から18時まで、お電話でも承っております。\n\n今後ともどうぞよろしくお願い申し上げます。\nカスタマーサポート 佐藤"},
}

-- MARKET=de-DE limits the run to one market's draft.
local only = os.getenv("MARKET")
local bodies = {}
local function escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'))
end
for _, draft in ipairs(drafts) do
  if only == nil or only == draft.market then bodies[#bodies + 1] = '{"market": "' .. draft.market .. '", "channel": "email", "text": "' .. escape(draft.text) .. '"}' end
end

local counter = 0
local failures = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-200 %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
end

#!/usr/bin/env python3
"""A seeded, realistic helpdesk export for `tactful qa`, with problems planted at known per-agent rates.

    Scripts/qa-export-generator.py --tickets 10000 --seed 7 --out export.jsonl --truth truth.json
    Scripts/qa-export-generator.py --tickets 300 --format zendesk --out export.ndjson

The export (see docs/QA.md) has 25 agents and 12 markets; every figure below is fixed by `--seed`:

- channel mix: email 60 %, chat 25 %, social 15 %;
- replies per ticket: 1 (50 %), 2 (30 %), 3 (20 %); each reply answers a customer message;
- customer messages: uniform over the four ISO weeks from 2026-03-02 (UTC), in the customer's language;
- reply times: log-normal, medians chat 90 s, social 2 h, email 4 h (sigma 0.9); "slow" agents take 3x as long;
- requester locale present on 85 % of tickets (else only the customer's text tells the language);
- per agent, planted problems with known probabilities (the truth file has the rates and the realised counts):
  negative phrasing, an unfilled placeholder, a card number (privacy), a statutory-period mistake (legal, EU
  markets only, where the law table makes it one), and a reply written in English to a non-English customer.

`--truth FILE` writes, per agent, the replies and how many of them carry each planted problem.
Formats: `generic` (JSONL, one line per reply), `generic-csv`, `zendesk` (NDJSON, one ticket per line with comments).
"""
import argparse
import csv
import datetime as dt
import json
import math
import random
import sys

MARKETS = {
    # tag: (customer message, greeting, body, closing, negative sentence, legal sentence or None)
    "en-US": ("Hi, where is my order? I have been waiting for a week and nobody told me anything about it.",
              "Hello {name},", "Thank you for your message. Your parcel left our warehouse yesterday and should arrive "
              "within three working days. You can follow it with the tracking link in your order confirmation.",
              "Kind regards,\n{agent}", "We can't refund the shipping fee.", None),
    "en-GB": ("Hello, I would like to know where my parcel is. It has been a week and there is no update on the tracking page, so could you please tell me when it will arrive?",
              "Hello {name},", "Thank you for your message. Your parcel left our warehouse yesterday and should arrive "
              "within three working days. You can follow it with the tracking link in your order confirmation.",
              "Kind regards,\n{agent}", "We can't refund the shipping fee.",
              "Returns are only accepted within 7 days of delivery."),
    "de-DE": ("Hallo, wo ist meine Bestellung? Ich warte schon seit einer Woche und habe noch keine Nachricht.",
              "Hallo {name},", "vielen Dank für Ihre Nachricht. Ihr Paket hat unser Lager gestern verlassen und sollte "
              "in drei Werktagen bei Ihnen sein. Den Status sehen Sie über den Link in Ihrer Bestellbestätigung.",
              "Mit freundlichen Grüßen\n{agent}", "Leider können wir die Bestellung nicht mehr stornieren.",
              "Rückgaben sind nur innerhalb von 7 Tagen möglich."),
    "fr-FR": ("Bonjour, où est ma commande ? J'attends depuis une semaine et je n'ai reçu aucune nouvelle.",
              "Bonjour {name},", "Merci pour votre message. Votre colis a quitté notre entrepôt hier et devrait arriver "
              "sous trois jours ouvrés. Vous pouvez le suivre grâce au lien dans votre confirmation de commande.",
              "Cordialement,\n{agent}", "Nous ne pouvons pas modifier l'adresse de livraison.",
              "Les retours ne sont possibles que dans un délai de 7 jours."),
    "es-ES": ("Hola, ¿dónde está mi pedido? Llevo una semana esperando y no me han dicho nada. ¿Me pueden decir cuándo va a llegar y si hay algún problema con el envío?",
              "Hola {name}:", "Gracias por su mensaje. Su paquete salió ayer de nuestro almacén y debería llegar en "
              "tres días laborables. Puede seguirlo con el enlace de su confirmación de pedido.",
              "Saludos cordiales,\n{agent}", "No podemos cambiar la dirección una vez enviado el pedido.",
              "Las devoluciones solo son posibles en un plazo de 7 días."),
    "it-IT": ("Buongiorno, il mio ordine non è ancora arrivato. Aspetto da una settimana e nessuno mi ha scritto. Questo è il numero della spedizione: per favore mi dite se c'è un problema con il vostro corriere? Grazie.",
              "Buongiorno {name},", "grazie per il suo messaggio. Il suo pacco è partito ieri dal nostro magazzino e "
              "dovrebbe arrivare entro tre giorni lavorativi. Può seguirlo con il link nella conferma d'ordine.",
              "Cordiali saluti,\n{agent}", "Non possiamo modificare l'indirizzo dopo la spedizione.",
              "I resi sono possibili solo entro 7 giorni."),
    "nl-NL": ("Hallo, waar is mijn bestelling? Ik wacht al een week en ik heb nog niets van u gehoord. Kunt u mij zeggen wanneer het pakket komt en of er een probleem is met de verzending?",
              "Beste {name},", "Bedankt voor uw bericht. Uw pakket heeft ons magazijn gisteren verlaten en zou binnen "
              "drie werkdagen bij u moeten zijn. U kunt het volgen via de link in uw orderbevestiging.",
              "Met vriendelijke groet,\n{agent}", "Wij kunnen uw adres niet meer wijzigen.",
              "Retourneren is alleen mogelijk binnen 7 dagen."),
    "pl-PL": ("Dzień dobry, gdzie jest moje zamówienie? Czekam już tydzień i nie dostałem żadnej wiadomości.",
              "Dzień dobry {name},", "dziękujemy za wiadomość. Paczka opuściła wczoraj nasz magazyn i powinna dotrzeć "
              "w ciągu trzech dni roboczych. Można ją śledzić za pomocą linku w potwierdzeniu zamówienia.",
              "Z poważaniem,\n{agent}", "Nie możemy zmienić adresu po wysłaniu paczki.",
              "Zwroty są możliwe tylko w ciągu 7 dni."),
    "pt-BR": ("Olá, o meu pedido ainda não chegou. Estou esperando há uma semana e você não me respondeu. O número é este: podem me dizer se há um problema com o seu envio ou com a sua transportadora? Obrigado.",
              "Olá {name},", "obrigado pela sua mensagem. O seu pacote saiu ontem do nosso armazém e deve chegar em "
              "três dias úteis. Você pode acompanhar pelo link na confirmação do pedido.",
              "Atenciosamente,\n{agent}", "Não podemos alterar o endereço depois do envio.", None),
    "ja-JP": ("注文した商品がまだ届きません。一週間待っていますが、何の連絡もありません。どうなっていますか。",
              "{name}様", "お問い合わせいただきありがとうございます。お荷物は昨日倉庫から発送されました。三営業日以内にお届けする予定です。",
              "今後ともよろしくお願いいたします。\n{agent}", "申し訳ございませんが、返品はできません。", None),
    "ko-KR": ("주문한 상품이 아직 도착하지 않았습니다. 일주일 동안 기다렸는데 아무 연락이 없습니다.",
              "{name} 고객님, 안녕하세요.", "문의해 주셔서 감사합니다. 고객님의 상품은 어제 물류센터에서 출고되었으며 영업일 기준 3일 이내에 도착할 예정입니다.",
              "감사합니다.\n{agent} 드림", "배송 일정은 모르겠습니다.", None),
    "zh-TW": ("我的訂單到現在還沒有收到，已經等了一個星期，也沒有任何通知，請問是怎麼回事？",
              "{name}您好，", "感謝您的來信。您的包裹昨天已從倉庫寄出，預計三個工作天內送達，您可以透過訂單確認信中的連結查詢物流狀態。",
              "祝您順心\n{agent}", "我們不能幫您退款。", None),
}
ENGLISH = MARKETS["en-GB"]
NAMES = ["Alex", "Sam", "Kim", "Noor", "Jo", "Lee", "Ana", "Ben", "Eva", "Max"]
CHANNELS = [("email", 0.60), ("chat", 0.25), ("social", 0.15)]
MEDIAN_SECONDS = {"chat": 90, "social": 2 * 3600, "email": 4 * 3600}
PLACEHOLDER = "{{customer.order_number}}"
CARD = "4111 1111 1111 1111"
START = dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc)
CATEGORIES = ["negative-phrasing", "placeholder", "privacy", "legal", "wrong-language"]


def agent_profiles(count):
    """Per-agent planted rates: spread so that agents differ clearly and every category has good and bad agents."""
    profiles = []
    for index in range(count):
        profiles.append({
            "agent": f"Agent {index + 1:02d}",
            "rates": {
                "negative-phrasing": [0.02, 0.08, 0.15, 0.25, 0.35][index % 5],
                "placeholder": [0.0, 0.03, 0.10][index % 3],
                "privacy": [0.0, 0.02, 0.05, 0.0][index % 4],
                "legal": [0.0, 0.10, 0.25][(index // 2) % 3],
                "wrong-language": [0.0, 0.0, 0.05, 0.12][index % 4],
            },
            "slow": index % 6 == 5,
        })
    return profiles


def reply_text(market, name, agent, plants):
    message, greeting, body, closing, negative, legal = ENGLISH if "wrong-language" in plants else MARKETS[market]
    parts = [greeting.format(name=PLACEHOLDER if "placeholder" in plants else name), body]
    if "negative-phrasing" in plants:
        parts.append(negative)
    if "legal" in plants:
        parts.append(legal)
    if "privacy" in plants:
        parts.append({"ja-JP": f"カード番号 {CARD} で承りました。", "ko-KR": f"카드 번호 {CARD} 로 결제되었습니다.",
                      "zh-TW": f"您的卡號 {CARD} 已登記。"}.get(market, f"Card: {CARD}"))
    joiner = "" if market in ("ja-JP", "zh-TW") and "wrong-language" not in plants else " "
    return parts[0] + "\n\n" + joiner.join(parts[1:]) + "\n\n" + closing.format(agent=agent)


def choose_channel(rng):
    roll, total = rng.random(), 0.0
    for channel, share in CHANNELS:
        total += share
        if roll < total:
            return channel
    return CHANNELS[-1][0]


def generate(tickets, agents, seed):
    """Yields (ticket dict, replies) and fills the truth table."""
    rng = random.Random(seed)
    profiles = agent_profiles(agents)
    truth = {p["agent"]: {"replies": 0, "planted": {c: 0 for c in CATEGORIES}, "rates": p["rates"]} for p in profiles}
    markets = list(MARKETS)
    for number in range(1, tickets + 1):
        profile = profiles[rng.randrange(agents)]
        market = markets[rng.randrange(len(markets))]
        channel = choose_channel(rng)
        name = rng.choice(NAMES)
        has_locale = rng.random() < 0.85
        # Without a locale, English text reads as "en", the market en-US, whose law table has no statutory window.
        legal_applies = MARKETS[market][5] is not None and (has_locale or market != "en-GB")
        at = START + dt.timedelta(seconds=rng.uniform(0, 28 * 86400 - 3 * 86400))
        replies = []
        for _ in range(rng.choices([1, 2, 3], [0.5, 0.3, 0.2])[0]):
            median = MEDIAN_SECONDS[channel] * (3 if profile["slow"] else 1)
            delay = max(5.0, rng.lognormvariate(math.log(median), 0.9))
            reply_at = at + dt.timedelta(seconds=round(delay))
            plants = set()
            if market != "en-US" and market != "en-GB" and rng.random() < profile["rates"]["wrong-language"]:
                plants.add("wrong-language")
            else:
                for category in ("negative-phrasing", "placeholder", "privacy", "legal"):
                    if category == "legal" and not legal_applies:
                        continue
                    if rng.random() < profile["rates"][category]:
                        plants.add(category)
            agent_truth = truth[profile["agent"]]
            agent_truth["replies"] += 1
            for category in plants:
                agent_truth["planted"][category] += 1
            replies.append((at, reply_at, reply_text(market, name, profile["agent"], plants)))
            at = reply_at + dt.timedelta(seconds=rng.uniform(600, 36 * 3600))
        ticket = {"ticket": f"T{number:06d}", "agent": profile["agent"], "market": market, "channel": channel,
                  "has_locale": has_locale}
        yield ticket, replies
    return truth


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def write(args):
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out != "-" else sys.stdout
    writer = None
    if args.format == "generic-csv":
        writer = csv.writer(out)
        writer.writerow(["ticket", "agent", "customer_locale", "channel", "customer_at", "reply_at", "text",
                         "customer_text"])
    generator = generate(args.tickets, args.agents, args.seed)
    while True:
        try:
            ticket, replies = next(generator)
        except StopIteration as done:
            truth = done.value
            break
        locale = ticket["market"] if ticket["has_locale"] else ""
        customer_text = MARKETS[ticket["market"]][0]
        if args.format == "zendesk":
            comments = []
            for customer_at, reply_at, text in replies:
                comments.append({"author_id": 1, "public": True, "created_at": iso(customer_at),
                                 "body": customer_text})
                comments.append({"author_id": 2, "author": {"name": ticket["agent"], "role": "agent"},
                                 "public": True, "created_at": iso(reply_at), "body": text})
            comments.insert(1, {"author_id": 2, "author": {"name": ticket["agent"], "role": "agent"},
                                "public": False, "created_at": iso(replies[0][0]), "body": "Checked the carrier."})
            record = {"id": int(ticket["ticket"][1:]), "via": {"channel": {"chat": "chat", "social": "facebook"}.get(
                ticket["channel"], "email")}, "requester": {"id": 1, "locale": locale or None,
                                                             "time_zone": "Europe/Berlin"}, "comments": comments}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        for customer_at, reply_at, text in replies:
            row = [ticket["ticket"], ticket["agent"], locale, ticket["channel"], iso(customer_at), iso(reply_at), text,
                   customer_text]
            if writer:
                writer.writerow(row)
            else:
                keys = ["ticket", "agent", "customer_locale", "channel", "customer_at", "reply_at", "text",
                        "customer_text"]
                out.write(json.dumps(dict(zip(keys, row)), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    if args.truth:
        with open(args.truth, "w", encoding="utf-8") as file:
            json.dump({"seed": args.seed, "tickets": args.tickets, "agents": truth}, file, indent=1, sort_keys=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=10000)
    parser.add_argument("--agents", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--format", choices=["generic", "generic-csv", "zendesk"], default="generic")
    parser.add_argument("--out", default="-")
    parser.add_argument("--truth")
    write(parser.parse_args())


if __name__ == "__main__":
    main()

import { Link } from '../components/ui.js';

/** The "keep a diary" offer shown after results: a link only, so it costs the first load nothing. */
export function DiaryOffer() {
  return (
    <section aria-labelledby="diary-offer-h" class="card card--note no-print" data-testid="diary-offer">
      <h2 id="diary-offer-h">Keep a diary (optional)</h2>
      <p>
        Write down your pain before and after each massage. After a few times, backrub shows you what helps you most, and
        you can share a summary with your therapist or doctor. Free, private, and you can delete it at any time.
      </p>
      <Link href="/diary" class="button button--secondary">Open my diary</Link>
    </section>
  );
}

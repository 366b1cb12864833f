import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (options: { formats: string[] }) => Detector;
  }
}

/**
 * Reads a card's QR code with the camera: the browser's BarcodeDetector where it has one,
 * jsQR (loaded only now) otherwise. Hands the payload over as it was printed.
 */
export function ScanQr({ onScanned, onClose }: { onScanned: (payload: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        setFailed(true);
        return;
      }
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      const native = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
      const jsQR = native ? null : (await import('jsqr')).default;
      const scan = async () => {
        if (stopped || !video.current) return;
        const element = video.current;
        let found: string | null = null;
        if (element.videoWidth) {
          if (native) {
            found = (await native.detect(element).catch(() => []))[0]?.rawValue ?? null;
          } else if (jsQR) {
            canvas.width = element.videoWidth;
            canvas.height = element.videoHeight;
            const context = canvas.getContext('2d', { willReadFrequently: true })!;
            context.drawImage(element, 0, 0);
            const image = context.getImageData(0, 0, canvas.width, canvas.height);
            found = jsQR(image.data, image.width, image.height)?.data ?? null;
          }
        }
        if (found) onScanned(found);
        else setTimeout(() => void scan(), 150);
      };
      void scan();
    };
    void start();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onScanned]);

  return (
    <div className="scan">
      {failed ? <p role="alert" className="error">{t('door.scanFailed')}</p> : <video ref={video} muted playsInline aria-label={t('door.scanVideo')} />}
      <button type="button" className="link-button" onClick={onClose}>{t('door.scanStop')}</button>
    </div>
  );
}

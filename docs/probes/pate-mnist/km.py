import numpy as np, gzip, time, sys
def imgs(f):
    with gzip.open(f) as g: return np.frombuffer(g.read(),np.uint8,offset=16).reshape(-1,28,28).astype(np.float32)/255
def labs(f):
    with gzip.open(f) as g: return np.frombuffer(g.read(),np.uint8,offset=8).astype(int)
D='/work/shared/data/mnist/'
Xtr=imgs(D+'train-images-idx3-ubyte.gz'); ytr=labs(D+'train-labels-idx1-ubyte.gz')
Xte=imgs(D+'t10k-images-idx3-ubyte.gz'); yte=labs(D+'t10k-labels-idx1-ubyte.gz')
pub=Xte[:9000]
k=int(sys.argv[2]) if len(sys.argv)>2 else 6; K=int(sys.argv[1]) if len(sys.argv)>1 else 256
rng=np.random.default_rng(0)
n=100000
idx=rng.integers(0,9000,n); ys=rng.integers(0,28-k+1,n); xs=rng.integers(0,28-k+1,n)
P=np.stack([pub[i,y:y+k,x:x+k].ravel() for i,y,x in zip(idx,ys,xs)])
P=P[P.std(1)>0.05]
def norm(P): P=P-P.mean(1,keepdims=True); return P/np.sqrt(P.var(1,keepdims=True)+0.01)
P=norm(P); M=P.mean(0); C=np.cov((P-M).T); w,V=np.linalg.eigh(C); Wh=V@np.diag(1/np.sqrt(w+0.1))@V.T
Z=(P-M)@Wh
cent=Z[rng.choice(len(Z),K,replace=False)]
for it in range(20):
    d=(Z**2).sum(1)[:,None]-2*Z@cent.T+(cent**2).sum(1)[None]
    a=d.argmin(1)
    for j in range(K):
        s=a==j
        if s.any(): cent[j]=Z[s].mean(0)
from numpy.lib.stride_tricks import sliding_window_view
G=28-k+1; h=G//2
def feats(X,bs=500):
    out=[]
    for s in range(0,len(X),bs):
        S=sliding_window_view(X[s:s+bs],(k,k),axis=(1,2)).reshape(-1,k*k)
        S=(norm(S)-M)@Wh
        d=np.sqrt(np.maximum((S**2).sum(1)[:,None]-2*S@cent.T+(cent**2).sum(1)[None],0))
        f=np.maximum(d.mean(1,keepdims=True)-d,0).reshape(-1,G,G,K)
        q=np.stack([f[:,:h,:h].sum((1,2)),f[:,:h,h:].sum((1,2)),f[:,h:,:h].sum((1,2)),f[:,h:,h:].sum((1,2))],1)
        out.append(q.reshape(len(q),-1).astype(np.float32))
    return np.concatenate(out)
t=time.time(); Fa=feats(Xtr[:2400]); Ft=feats(Xte); print('feat secs',time.time()-t,Fa.shape,flush=True)
mu=Ft[:9000].mean(0); sd=Ft[:9000].std(0)+1e-2
def lr(X,y,Xt,epochs=200,l2=1e-2,lr_=0.5):
    X=(X-mu)/sd; Xt=(Xt-mu)/sd
    Wt=np.zeros((X.shape[1],10)); b=np.zeros(10); Y=np.eye(10)[y]
    for e in range(epochs):
        z=X@Wt+b; z-=z.max(1,keepdims=True); p=np.exp(z); p/=p.sum(1,keepdims=True)
        g=(p-Y)/len(X); Wt-=lr_*(X.T@g+l2*Wt); b-=lr_*g.sum(0)
    return (Xt@Wt+b)
for l2 in [1e-3,1e-2,1e-1]:
    accs=[(lr(Fa[i*240:(i+1)*240],ytr[i*240:(i+1)*240],Ft[9000:],l2=l2).argmax(1)==yte[9000:]).mean() for i in range(5)]
    print('K',K,'k',k,'l2',l2,'teacher acc',np.mean(accs),flush=True)
# student ceiling: LR on 9000 public with true labels, and with 600 labels
print('ceiling 9000', (lr(Ft[:9000],yte[:9000],Ft[9000:],l2=1e-3,epochs=300).argmax(1)==yte[9000:]).mean())
print('600 labels', (lr(Ft[:600],yte[:600],Ft[9000:],l2=1e-2).argmax(1)==yte[9000:]).mean())
